using DealDesk.Core.Common;

namespace DealDesk.Core.Pipeline;

/// <summary>A column of the workspace's pipeline. Stages are data, so each workspace can shape its own.</summary>
public sealed class PipelineStage : Entity, ITenantOwned, IAuditable, IConcurrencyVersioned
{
    /// <summary>Longest allowed stage name.</summary>
    public const int NameMaxLength = 100;

    private PipelineStage()
    {
    }

    /// <summary>Creates a stage at <paramref name="order"/> in the pipeline.</summary>
    public PipelineStage(string name, int order, int defaultProbability, StageKind kind, int? rottingDays = null)
    {
        Rename(name);
        Order = order;
        Kind = kind;
        SetDefaultProbability(defaultProbability);
        SetRottingDays(rottingDays);
    }

    /// <inheritdoc />
    public Guid WorkspaceId { get; private set; }

    /// <inheritdoc />
    public byte[] Version { get; private set; } = null!;

    /// <summary>Column title.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Position from left to right.</summary>
    public int Order { get; private set; }

    /// <summary>Win probability (0–100) a deal takes when it enters the stage.</summary>
    public int DefaultProbability { get; private set; }

    /// <summary>Open, won or lost.</summary>
    public StageKind Kind { get; private set; }

    /// <summary>Days after which an untouched deal in this stage counts as stale; <c>null</c> for never.</summary>
    public int? RottingDays { get; private set; }

    /// <summary>When an admin deleted the stage while stage history still named it; <c>null</c> for a live stage.
    /// An archived stage is off the board and the choices, but past moves keep pointing at it.</summary>
    public DateTime? ArchivedAt { get; private set; }

    /// <inheritdoc />
    public DateTime CreatedAt { get; private set; }

    /// <inheritdoc />
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Renames the stage.</summary>
    public void Rename(string name) => Name = Guard.Text(name, NameMaxLength, "Stage name");

    /// <summary>Sets the probability deals take on entering the stage. Won stages are always 100, lost 0.</summary>
    public void SetDefaultProbability(int probability)
    {
        if (probability is < 0 or > 100)
        {
            throw new DomainException("Probability must be between 0 and 100.");
        }

        DefaultProbability = Kind switch
        {
            StageKind.Won => 100,
            StageKind.Lost => 0,
            _ => probability,
        };
    }

    /// <summary>Moves the stage to position <paramref name="order"/>.</summary>
    public void PlaceAt(int order) => Order = order >= 0 ? order : throw new DomainException("Order cannot be negative.");

    /// <summary>Sets the days after which a deal in the stage is stale; <c>null</c> for never.</summary>
    public void SetRottingDays(int? rottingDays) =>
        RottingDays = rottingDays is null or > 0 ? rottingDays : throw new DomainException("Rotting days must be positive.");

    /// <summary>Retires the stage. Only a stage no deal is in may go; the caller checks that.</summary>
    public void Archive(DateTime at) => ArchivedAt ??= at;
}
