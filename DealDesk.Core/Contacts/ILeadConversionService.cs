using DealDesk.Core.Common;

namespace DealDesk.Core.Contacts;

/// <summary>"Create deal from this lead": working a contact into a deal, a member's job in the contact's circle.</summary>
public interface ILeadConversionService
{
    /// <summary>A deal named by <see cref="LeadConversion.DealName"/> in the stage
    /// <see cref="LeadConversion.PickStage"/> chooses, in the contact's circle, owned by the current user, with the
    /// contact as its primary contact and the account of the contact's company (found ignoring case, or created).
    /// The new deal's id on success.</summary>
    Task<Result<Guid>> CreateDealAsync(Guid contactId, CancellationToken cancellationToken = default);
}
