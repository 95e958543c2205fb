namespace DealDesk.Core.Circles;

/// <summary>Something a user does to a circle's data (its deals, contacts, KPIs and members);
/// <see cref="CirclePermissions"/> says which roles may.</summary>
public enum CircleAction
{
    /// <summary>See the circle's contacts, their notes, and export them.</summary>
    ViewContacts,

    /// <summary>Change a contact's fields or funnel stage.</summary>
    UpdateContact,

    /// <summary>Add a note to a contact.</summary>
    AddContactNote,

    /// <summary>Create a contact (one by one or by CSV import).</summary>
    CreateContact,

    /// <summary>Delete a contact.</summary>
    DeleteContact,

    /// <summary>See the circle's KPIs and their history.</summary>
    ViewKpis,

    /// <summary>Record a new value of a KPI.</summary>
    UpdateKpiValue,

    /// <summary>Create a KPI.</summary>
    CreateKpi,

    /// <summary>Change a KPI's name, target or unit.</summary>
    EditKpi,

    /// <summary>Delete a KPI and its history.</summary>
    DeleteKpi,

    /// <summary>Add or remove members and change their roles.</summary>
    ManageMembers,

    /// <summary>Create a deal in the circle, or move one into it from another circle.</summary>
    CreateDeal,

    /// <summary>Change a deal's fields or move it through the pipeline.</summary>
    UpdateDeal,
}
