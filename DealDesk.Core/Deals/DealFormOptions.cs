using DealDesk.Core.Common;
using DealDesk.Core.Pipeline;

namespace DealDesk.Core.Deals;

/// <summary>What the deal dialog and the filters offer: the workspace's stages, the user's circles and the
/// people who can own a deal.</summary>
/// <param name="Stages">Every stage in pipeline order.</param>
/// <param name="Circles">The circles the user can put a deal in (their own; all of them for a workspace admin).</param>
/// <param name="Owners">Members of those circles, by name.</param>
/// <param name="Currency">The workspace's default currency.</param>
public sealed record DealFormOptions(
    IReadOnlyList<StageOption> Stages,
    IReadOnlyList<NamedOption> Circles,
    IReadOnlyList<NamedOption> Owners,
    string Currency);
