using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Persistence.Tenancy;

/// <summary>Contexts of one fixed tenant scope: for work done outside a request or circuit (background jobs,
/// benchmarks, tests) on behalf of a known user or a whole workspace.</summary>
public sealed class FixedScopeContextFactory(DealDeskDatabase database, TenantScope scope)
    : IDbContextFactory<DealDeskDbContext>
{
    public DealDeskDbContext CreateDbContext() => database.CreateContext(scope);
}
