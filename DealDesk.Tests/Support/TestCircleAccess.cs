using DealDesk.Core.Circles;
using DealDesk.Data.Circles;
using DealDesk.Data.Persistence;
using DealDesk.Data.Persistence.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Support;

/// <summary>The real circle access of a scope's user, for services built by hand in tests.</summary>
public static class TestCircleAccess
{
    public static ICircleAccess For(IDbContextFactory<DealDeskDbContext> contexts, TenantScope scope) =>
        new CircleAccess(contexts, new TestCurrentUser(scope), NullLogger<CircleAccess>.Instance);
}
