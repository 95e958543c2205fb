using DealDesk.Data;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Tests.Support;

/// <summary>Contexts of one scope; the first one to save runs <c>race</c> just before it writes, as another user's
/// save committing between a service's check and its write would.</summary>
public sealed class RacingContextFactory(DealDeskDatabase database, TenantScope scope, Action race)
    : IDbContextFactory<DealDeskDbContext>
{
    /// <summary>The race has run.</summary>
    public bool Raced { get; private set; }

    public DealDeskDbContext CreateDbContext()
    {
        var db = database.CreateContext(scope);
        db.SavingChanges += (_, _) =>
        {
            if (!Raced)
            {
                Raced = true;
                race();
            }
        };
        return db;
    }
}
