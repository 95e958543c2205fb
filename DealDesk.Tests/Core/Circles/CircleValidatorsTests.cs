using DealDesk.Core.Circles;

namespace DealDesk.Tests.Core.Circles;

/// <summary>The form rules of circles, invitations and member requests, as the dialogs and the service apply them.</summary>
public sealed class CircleValidatorsTests
{
    [Theory]
    [InlineData("", "Name is required.")]
    [InlineData("   ", "Name is required.")]
    public void CircleDraft_WithoutAName_IsRefusedUnderName(string name, string message)
    {
        var result = new CircleDraftValidator().Validate(new CircleDraft { Name = name });

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(CircleDraft.Name), message), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void CircleDraft_NameLength_CountsTheTrimmedName()
    {
        var validator = new CircleDraftValidator();
        var longest = new string('a', Circle.NameMaxLength);

        Assert.True(validator.Validate(new CircleDraft { Name = "  " + longest + "  " }).IsValid);
        var error = Assert.Single(validator.Validate(new CircleDraft { Name = longest + "b" }).Errors);
        Assert.Equal($"Name must be at most {Circle.NameMaxLength} characters.", error.ErrorMessage);
        Assert.False(validator.Validate(new CircleDraft
        {
            Name = "Ok", Description = new string('d', Circle.DescriptionMaxLength + 1),
        }).IsValid);
    }

    [Theory]
    [InlineData("Dana Diaz", "dana@example.com", true)]
    [InlineData("", "dana@example.com", false)]
    [InlineData("Dana Diaz", "", false)]
    [InlineData("Dana Diaz", "not an email", false)]
    [InlineData("Dana Diaz", "Dana <dana@example.com>", false)]
    [InlineData("Dana Diaz", "dana@localhost", false)]
    public void InvitationDraft_NeedsANameAndOneAddress(string name, string email, bool valid) =>
        Assert.Equal(valid, new InvitationDraftValidator().Validate(new InvitationDraft { DisplayName = name, Email = email }).IsValid);

    [Fact]
    public void MemberRoleRequest_NeedsACirclePersonAndKnownRole()
    {
        var validator = new MemberRoleRequestValidator();

        Assert.True(validator.Validate(new MemberRoleRequest(Guid.NewGuid(), Guid.NewGuid(), CircleRole.Moderator)).IsValid);
        Assert.Equal(3, validator.Validate(new MemberRoleRequest(Guid.Empty, Guid.Empty, (CircleRole)7)).Errors.Count);
    }

    [Fact]
    public void Circle_RenameAndDescribe_TrimAndClear()
    {
        var circle = new Circle("Enterprise Team", "Big accounts");

        circle.Rename("  Enterprise Pod ");
        circle.Describe("   ");

        Assert.Equal("Enterprise Pod", circle.Name);
        Assert.Null(circle.Description);
    }
}
