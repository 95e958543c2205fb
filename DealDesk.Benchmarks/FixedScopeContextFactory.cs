using DealDesk.Data;
using DealDesk.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Benchmarks;

/// <summary>Contexts for one signed-in user, as the web app's per-user factory would hand them out.</summary>
internal sealed class FixedScopeContextFactory(DealDeskDatabase database, TenantScope scope)
    : IDbContextFactory<DealDeskDbContext>
{
    public DealDeskDbContext CreateDbContext() => database.CreateContext(scope);
}
