using DealDesk.Core.Circles;
using DealDesk.Core.Common;
using DealDesk.Core.Contacts;
using DealDesk.Core.Deals;
using DealDesk.Core.Deals.Tasks;
using DealDesk.Core.Intelligence.Qualification;
using DealDesk.Core.Intelligence.Stakeholders;
using DealDesk.Core.Plans;
using DealDesk.Tests.Support;

namespace DealDesk.Tests.Core.Common;

/// <summary>One email rule and one date range for every form that takes them.</summary>
public sealed class EmailAndDateRulesTests
{
    [Theory]
    [InlineData("a@b")]
    [InlineData("x@y.com<script>")]
    [InlineData("Jane <jane@example.com>")]
    [InlineData("jane@example.com extra")]
    [InlineData("jane@.example.com")]
    [InlineData("jane@example.com.")]
    [InlineData("jane\0@example.com")]
    [InlineData("plain")]
    public void EmailRule_RefusesWhatIsNotOnePlainAddress(string email) => Assert.False(EmailAddressRule.IsValid(email));

    [Theory]
    [InlineData("jane@example.com")]
    [InlineData("  jane.doe+deals@mail.example.co.uk ")]
    public void EmailRule_AcceptsPlainAddresses(string email) => Assert.True(EmailAddressRule.IsValid(email));

    [Theory]
    [InlineData("a@b")]
    [InlineData("x@y.com<script>")]
    public void EveryEmailForm_RefusesTheSameAddresses(string email)
    {
        var stakeholder = new StakeholderDraftValidator().Validate(new StakeholderDraft { Name = "Ada", Email = email });
        var contact = new ContactDraftValidator().Validate(new ContactDraft { Name = "Ada", Email = email });
        var invitation = new InvitationDraftValidator().Validate(new InvitationDraft { DisplayName = "Ada", Email = email });

        Assert.All([stakeholder, contact, invitation], result =>
            Assert.Contains(result.Errors, e => e.PropertyName == "Email" && e.ErrorMessage == EmailAddressRule.Message));
    }

    [Theory]
    [InlineData(1, 1, 1, false)]
    [InlineData(9999, 12, 31, false)]
    [InlineData(1999, 12, 31, false)]
    [InlineData(2100, 1, 1, false)]
    [InlineData(2000, 1, 1, true)]
    [InlineData(2026, 12, 3, true)]
    [InlineData(2099, 12, 31, true)]
    public void DateBounds_HoldEveryRealSalesDate(int year, int month, int day, bool accepted) =>
        Assert.Equal(accepted, DateBounds.Contains(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void EveryDatedForm_RefusesAYearOutOfRange(int year)
    {
        var date = new DateOnly(year, 1, 1);

        Assert.Contains(new DealDraftValidator().Validate(new DealDraft { ExpectedCloseDate = date }).Errors,
            e => e.PropertyName == nameof(DealDraft.ExpectedCloseDate) && e.ErrorMessage == DateBounds.Message("Close date"));
        Assert.Contains(new TaskDraftValidator().Validate(new TaskDraft { Title = "Call", DueOn = date }).Errors,
            e => e.PropertyName == nameof(TaskDraft.DueOn));
        Assert.Contains(new EvidenceDraftValidator().Validate(new EvidenceDraft { Text = "Said so", ObservedOn = date }).Errors,
            e => e.PropertyName == nameof(EvidenceDraft.ObservedOn));
        var plan = new OpportunityPlan { LastAssessed = date };
        plan.ActionItems.Add(new PlanActionItem { Description = "Demo", DueDate = date });
        Assert.Equal(2, new OpportunityPlanValidator().Validate(plan).Errors.Count(e => e.ErrorMessage.Contains("2099", StringComparison.Ordinal)));
    }

    [Fact]
    public void Deal_RefusesACloseDateOutOfRange()
    {
        var deal = new Deal("Acme", Guid.NewGuid(), Guid.NewGuid(), new TestStages()["New"], Guid.NewGuid(), DateTime.UtcNow);

        Assert.Throws<DomainException>(() => deal.ExpectCloseOn(new DateOnly(9999, 12, 31)));
        Assert.Throws<DomainException>(() => new DealTask(Guid.CreateVersion7(), "Call", new DateOnly(1, 1, 1), null, null,
            DateTime.UtcNow));
    }
}
