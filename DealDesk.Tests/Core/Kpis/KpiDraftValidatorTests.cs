using DealDesk.Core.Kpis;

namespace DealDesk.Tests.Core.Kpis;

public sealed class KpiDraftValidatorTests
{
    private static readonly KpiDraftValidator Validator = new();

    private static KpiDraft Valid() => new() { Name = "Meetings booked", Value = 10m, Target = 40m, Unit = KpiUnit.None };

    [Fact]
    public void AValidDraft_Passes() => Assert.True(Validator.Validate(Valid()).IsValid);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Name_IsRequired(string name) => AssertOnly(d => d.Name = name, nameof(KpiDraft.Name), "Name is required.");

    [Fact]
    public void Name_AtMostTheColumnLength()
    {
        Assert.True(Validator.Validate(new KpiDraft { Name = new string('x', Kpi.NameMaxLength), Value = 1m, Target = 1m }).IsValid);
        AssertOnly(d => d.Name = new string('x', Kpi.NameMaxLength + 1), nameof(KpiDraft.Name),
            $"Name must be at most {Kpi.NameMaxLength} characters.");
    }

    [Fact]
    public void ValueAndTarget_AreRequired()
    {
        AssertOnly(d => d.Value = null, nameof(KpiDraft.Value), "Enter a starting value.");
        AssertOnly(d => d.Target = null, nameof(KpiDraft.Target), "Enter a target.");
    }

    [Fact]
    public void ValueAndTarget_StayWithinTheMagnitudeTheColumnHolds()
    {
        Assert.True(Validator.Validate(new KpiDraft { Name = "Edge", Value = -Kpi.MaxMagnitude, Target = Kpi.MaxMagnitude }).IsValid);
        AssertOnly(d => d.Value = Kpi.MaxMagnitude + 0.01m, nameof(KpiDraft.Value), KpiMessages.OutOfRange("Value"));
        AssertOnly(d => d.Target = -Kpi.MaxMagnitude - 0.01m, nameof(KpiDraft.Target), KpiMessages.OutOfRange("Target"));
    }

    [Fact]
    public void Unit_MustBeOneOfTheUnits() =>
        AssertOnly(d => d.Unit = (KpiUnit)42, nameof(KpiDraft.Unit), "Choose a unit.");

    [Fact]
    public void AValueTypedIntoACard_IsRequiredAndWithinRange()
    {
        var validator = new KpiValueDraftValidator();
        Assert.True(validator.Validate(new KpiValueDraft { Value = -3.5m }).IsValid);
        Assert.Equal("Enter a value.", Assert.Single(validator.Validate(new KpiValueDraft()).Errors).ErrorMessage);
        Assert.Equal(KpiMessages.OutOfRange("Value"),
            Assert.Single(validator.Validate(new KpiValueDraft { Value = Kpi.MaxMagnitude + 1 }).Errors).ErrorMessage);
    }

    private static void AssertOnly(Action<KpiDraft> breakIt, string property, string message)
    {
        var draft = Valid();
        breakIt(draft);
        var error = Assert.Single(Validator.Validate(draft).Errors);
        Assert.Equal((property, message), (error.PropertyName, error.ErrorMessage));
    }
}
