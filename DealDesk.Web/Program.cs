using DealDesk.Data.Persistence;
using DealDesk.Data;
using DealDesk.Web.Api.Contacts;
using DealDesk.Web.Components;
using DealDesk.Web.Identity;
using DealDesk.Web.Security;
using DealDesk.Web;

var builder = WebApplication.CreateBuilder(args);
builder.UseRootAppSettings();
// Serve MudBlazor's and the framework's files from the build output in any environment, not only Development.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddDealDeskWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<CurrentUserMiddleware>();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapContactExport();
app.MapContactImportEndpoints();

StartupBanner.PrintWhenStarted(app);
await app.RunAsync();
