using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DealDesk.Web.Identity;

/// <summary>Sets the circuit's <see cref="CurrentUser"/> when the circuit opens and whenever its authentication
/// state changes. A circuit has its own DI scope, so the request middleware does not reach it.</summary>
public sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authentication, CurrentUser currentUser)
    : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationStateChanged;
        currentUser.Set((await authentication.GetAuthenticationStateAsync()).User);
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) =>
        currentUser.Set((await authentication.GetAuthenticationStateAsync()).User);

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationStateChanged;

    private async void OnAuthenticationStateChanged(Task<AuthenticationState> state)
    {
        try
        {
            currentUser.Set((await state).User);
        }
        catch (OperationCanceledException)
        {
            // The circuit closed while the new state was being computed; nothing is left to update.
        }
    }
}
