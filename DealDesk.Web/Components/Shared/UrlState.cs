using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace DealDesk.Web.Components.Shared;

/// <summary>How a list page writes its view in its address.</summary>
/// <typeparam name="T">The view: search, filters, sort, page.</typeparam>
/// <param name="Path">The page's path, e.g. <c>/deals</c>; addresses elsewhere (leaving for a record) are not the
/// page's.</param>
/// <param name="Parse">The view a query string describes, with or without its '?'. A URL is user input: never throws.
/// </param>
/// <param name="ToUri">The address showing a view.</param>
/// <param name="Same">Two views show the same thing.</param>
public sealed record UrlCodec<T>(string Path, Func<string, T> Parse, Func<T, string> ToUri, Func<T, T, bool> Same);

/// <summary>The view of a list page held in its address, so that a view can be bookmarked, shared, reloaded and
/// reached with Back. The page reads <see cref="View"/>, records a view it already shows with <see cref="Write"/>,
/// goes to another with <see cref="Go"/>, and hears of an address reached any other way (Back, a link, the menu)
/// through <see cref="Follow"/>. The one guard against a loop is here: an address that describes the view already
/// held, such as the one <see cref="Write"/> just put there, is not handed to the page.</summary>
/// <typeparam name="T">The view.</typeparam>
public sealed class UrlState<T> : IDisposable
{
    private readonly NavigationManager _navigation;
    private readonly UrlCodec<T> _codec;
    private Func<T, T, Task>? _changed;

    /// <summary>Reads the view from the current address.</summary>
    public UrlState(NavigationManager navigation, UrlCodec<T> codec)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(codec);
        _navigation = navigation;
        _codec = codec;
        View = codec.Parse(navigation.ToAbsoluteUri(navigation.Uri).Query);
    }

    /// <summary>The view the address describes, as the page shows it.</summary>
    public T View { get; private set; }

    /// <summary>Hands each later address with another view to <paramref name="changed"/>, with the view shown until
    /// then and the wanted one (which <see cref="View"/> already holds). It runs outside the renderer: wrap it in the
    /// component's <c>InvokeAsync</c>.</summary>
    public void Follow(Func<T, T, Task> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (_changed is null)
        {
            _navigation.LocationChanged += OnLocationChanged;
        }

        _changed = changed;
    }

    /// <summary>Records a view the page already shows (the grid paged, a default filled in), as a new history entry
    /// or in place of the current one. Nothing is written when the address already says it.</summary>
    public void Write(T view, bool replace = false)
    {
        View = view;
        var uri = _codec.ToUri(view);
        if (_navigation.ToAbsoluteUri(uri).AbsoluteUri != _navigation.ToAbsoluteUri(_navigation.Uri).AbsoluteUri)
        {
            _navigation.NavigateTo(uri, new NavigationOptions { ReplaceHistoryEntry = replace });
        }
    }

    /// <summary>Goes to the address of <paramref name="view"/> as a new history entry; the page shows it when
    /// <see cref="Follow"/> hands it over, exactly as after Back.</summary>
    public void Go(T view) => _navigation.NavigateTo(_codec.ToUri(view));

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        // Leaving for a record also raises this before the page goes away; only the page's own address counts.
        var uri = _navigation.ToAbsoluteUri(e.Location);
        if (!string.Equals(uri.AbsolutePath.TrimEnd('/'), _codec.Path, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var wanted = _codec.Parse(uri.Query);
        if (_codec.Same(wanted, View))
        {
            return; // The page put it there, or it says what the page shows.
        }

        var shown = View;
        View = wanted;
        _ = _changed!(shown, wanted);
    }

    /// <summary>Stops following the address.</summary>
    public void Dispose() => _navigation.LocationChanged -= OnLocationChanged;
}
