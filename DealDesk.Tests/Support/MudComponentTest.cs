using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DealDesk.Tests.Support;

/// <summary>Base of every bUnit test of a MudBlazor component: MudBlazor's services, and loose JS interop
/// because MudBlazor calls into JavaScript that bUnit does not run.</summary>
public abstract class MudComponentTest : BunitContext
{
    protected MudComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }
}
