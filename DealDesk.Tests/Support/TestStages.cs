using DealDesk.Core.Pipeline;

namespace DealDesk.Tests.Support;

/// <summary>The default pipeline, by name, for tests that do not need a database.</summary>
public sealed class TestStages
{
    private readonly Dictionary<string, PipelineStage> _byName = DefaultPipeline.Create().ToDictionary(s => s.Name);

    public PipelineStage this[string name] => _byName[name];
}
