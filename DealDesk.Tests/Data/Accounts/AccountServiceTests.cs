using DealDesk.Core.Accounts;
using DealDesk.Core.Common;
using DealDesk.Data.Accounts;
using DealDesk.Data.Persistence.Tenancy;
using DealDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealDesk.Tests.Data.Accounts;

/// <summary>The account list and account writes: the list's figures agree with an in-memory count of the deals the
/// user can see, names are unique in a workspace ignoring case, and nothing crosses workspaces.</summary>
public sealed class AccountServiceTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Theory]
    [InlineData("rep@dealdesk.demo")]
    [InlineData("admin@dealdesk.demo")]
    [InlineData("admin@globex.demo")]
    public async Task Search_Figures_MatchAnInMemoryCountOfTheDealsTheUserCanSee(string email)
    {
        var scope = await seeded.ScopeOfAsync(email);
        await using var raw = seeded.Sqlite.For(TenantScope.System(scope.WorkspaceId));
        var circles = scope.SeesAllCircles
            ? await raw.Circles.Select(c => c.Id).ToListAsync()
            : await raw.CircleMemberships.Where(m => m.UserId == scope.UserId).Select(m => m.CircleId).ToListAsync();
        var deals = (await raw.Deals.ToListAsync()).Where(d => circles.Contains(d.CircleId)).ToList();
        var accountCount = await raw.Accounts.CountAsync();

        var page = await Service(scope).SearchAsync(null, 0, 200);

        Assert.Equal(accountCount, page.TotalCount);
        Assert.Equal(accountCount, page.Rows.Count);
        foreach (var row in page.Rows)
        {
            var ofAccount = deals.Where(d => d.AccountId == row.Id).ToList();
            Assert.Equal(ofAccount.Count, row.DealCount);
            Assert.Equal(ofAccount.Count(d => d.IsOpen), row.OpenDealCount);
            Assert.Equal(ofAccount.Where(d => d.IsOpen).Sum(d => d.Value), row.OpenValue);
        }

        Assert.Contains(page.Rows, r => r.OpenDealCount > 0);
    }

    [Fact]
    public async Task Search_ForARep_CountsOnlyTheirCircles_LessThanTheAdminSees()
    {
        var rep = await Service(await seeded.ScopeOfAsync("rep@dealdesk.demo")).SearchAsync(null, 0, 200);
        var admin = await Service(await seeded.ScopeOfAsync("admin@dealdesk.demo")).SearchAsync(null, 0, 200);

        Assert.Equal(admin.Rows.Select(r => r.Id), rep.Rows.Select(r => r.Id));
        Assert.True(rep.Rows.Sum(r => r.DealCount) < admin.Rows.Sum(r => r.DealCount),
            "the Partner Team's deals are hidden from the rep");
    }

    [Fact]
    public async Task Get_ReturnsTheRowWithTheSameFiguresAsTheList()
    {
        var service = Service(await seeded.ScopeOfAsync("rep@dealdesk.demo"));
        var listed = (await service.SearchAsync(null, 0, 200)).Rows.First(r => r.DealCount > 0);

        Assert.Equivalent(listed, await service.GetAsync(listed.Id), strict: true);
        Assert.Null(await service.GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task Search_ByText_MatchesNameIndustryOrWebsite_IgnoringCase_OrderedByName()
    {
        var scope = await seeded.ScopeOfAsync("rep@dealdesk.demo");
        await using var raw = seeded.Sqlite.For(scope);
        var all = await raw.Accounts.ToListAsync();
        var industry = all[0].Industry!;
        var text = industry[1..^1].ToUpperInvariant();
        var expected = all
            .Where(a => new[] { a.Name, a.Industry, a.Website }.Any(f => f?.Contains(text, StringComparison.OrdinalIgnoreCase) == true))
            .OrderBy(a => a.NormalizedName, StringComparer.Ordinal)
            .Select(a => a.Name)
            .ToList();

        var page = await Service(scope).SearchAsync($"  {text} ", 0, 200);

        Assert.Equal(expected, page.Rows.Select(r => r.Name));
        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Contains(all[0].Name, expected);
        Assert.True(expected.Count < all.Count, "the search narrows the list");

        var byWebsite = await Service(scope).SearchAsync(all[1].Website!.Replace("https://", "", StringComparison.Ordinal), 0, 200);
        Assert.Contains(byWebsite.Rows, r => r.Id == all[1].Id);
    }

    [Fact]
    public async Task Search_TakesPercentAndUnderscoreLiterally()
    {
        await using var fresh = await FreshDemoDatabase.CreateAsync();
        var service = Service(fresh, await fresh.Database.ScopeOfUserAsync("rep@dealdesk.demo"));
        foreach (var name in new[] { "Fifty% Holdings", "Fifty5 Holdings", "Under_score Ltd", "UnderXscore Ltd" })
        {
            Assert.True((await service.CreateAsync(new AccountDraft { Name = name })).Succeeded);
        }

        Assert.Equal(["Fifty% Holdings"], (await service.SearchAsync("y% h", 0, 50)).Rows.Select(r => r.Name));
        Assert.Equal(["Under_score Ltd"], (await service.SearchAsync("r_s", 0, 50)).Rows.Select(r => r.Name));
        Assert.Equal(["Fifty% Holdings"], (await service.LookupAsync("%", 10)).Select(o => o.Name));
    }

    [Fact]
    public async Task Search_PagesThroughEveryAccountOnce_InNameOrder_WithTheTotal()
    {
        var scope = await seeded.ScopeOfAsync("admin@dealdesk.demo");
        await using var raw = seeded.Sqlite.For(scope);
        var expected = (await raw.Accounts.ToListAsync())
            .OrderBy(a => a.NormalizedName, StringComparer.Ordinal).Select(a => a.Id).ToList();
        var service = Service(scope);

        var seen = new List<Guid>();
        for (var page = 0; page * 4 < expected.Count; page++)
        {
            var result = await service.SearchAsync(null, page, 4);
            Assert.Equal(expected.Count, result.TotalCount);
            Assert.InRange(result.Rows.Count, 1, 4);
            seen.AddRange(result.Rows.Select(r => r.Id));
        }

        Assert.Equal(expected, seen);
        var beyond = await service.SearchAsync(null, expected.Count, 4);
        Assert.Empty(beyond.Rows);
        Assert.Equal(expected.Count, beyond.TotalCount);
    }

    [Theory]
    [InlineData(AccountSortField.Name, false)]
    [InlineData(AccountSortField.Name, true)]
    [InlineData(AccountSortField.Industry, false)]
    [InlineData(AccountSortField.Size, true)]
    [InlineData(AccountSortField.DealCount, true)]
    [InlineData(AccountSortField.OpenDealCount, false)]
    [InlineData(AccountSortField.OpenValue, true)]
    [InlineData(AccountSortField.OpenValue, false)]
    public async Task Search_SortsEveryPageByTheChosenColumn_ThenByName(AccountSortField field, bool descending)
    {
        var scope = await seeded.ScopeOfAsync("rep@dealdesk.demo");
        var service = Service(scope);
        var all = (await service.SearchAsync(null, 0, 200)).Rows;
        Func<AccountRow, object?> key = field switch
        {
            AccountSortField.Industry => r => r.Industry,
            AccountSortField.Size => r => r.Size,
            AccountSortField.DealCount => r => r.DealCount,
            AccountSortField.OpenDealCount => r => r.OpenDealCount,
            AccountSortField.OpenValue => r => r.OpenValue,
            _ => r => r.Name.ToUpperInvariant(),
        };
        var byKey = descending ? all.OrderByDescending(key, Comparer<object?>.Default) : all.OrderBy(key, Comparer<object?>.Default);
        var expected = field == AccountSortField.Name
            ? byKey.Select(r => r.Id).ToList()
            : byKey.ThenBy(r => r.Name.ToUpperInvariant(), StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => r.Id).ToList();
        Assert.True(all.Select(key).Distinct().Count() > 1, "the demo accounts differ in the sorted column");

        var seen = new List<Guid>();
        for (var page = 0; page * 7 < all.Count; page++)
        {
            seen.AddRange((await service.SearchAsync(null, page, 7, new AccountSort(field, descending))).Rows.Select(r => r.Id));
        }

        Assert.Equal(expected.Select(id => key(all.Single(r => r.Id == id))), seen.Select(id => key(all.Single(r => r.Id == id))));
        Assert.Equal(all.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Lookup_ReturnsNameMatchesInNameOrder_UpToTheLimit()
    {
        var scope = await seeded.ScopeOfAsync("rep@dealdesk.demo");
        await using var raw = seeded.Sqlite.For(scope);
        var all = await raw.Accounts.ToListAsync();
        var letter = all[0].Name[..1].ToLowerInvariant();
        var expected = all.Where(a => a.Name.Contains(letter, StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.NormalizedName, StringComparer.Ordinal).Select(a => new NamedOption(a.Id, a.Name)).ToList();
        var service = Service(scope);

        Assert.Equal(expected, await service.LookupAsync(letter, 50));
        Assert.Equal(expected.Take(2), await service.LookupAsync(letter, 2));
        Assert.Equal(all.Count, (await service.LookupAsync(null, 50)).Count);
    }

    [Fact]
    public async Task Create_WithValidDraft_SavesTrimmedFields()
    {
        await using var fresh = await FreshDemoDatabase.CreateAsync();
        var scope = await fresh.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        var draft = new AccountDraft
        {
            Name = "  Northwind Traders ", Industry = " Food ", Size = AccountSize.MidMarket,
            CompanySizeBand = "201-1000", Website = "northwind.example", Region = Region.Emea,
        };

        var result = await Service(fresh, scope).CreateAsync(draft);

        Assert.True(result.Succeeded, string.Join("; ", result.AllMessages()));
        await using var db = fresh.For(scope);
        var saved = await db.Accounts.SingleAsync(a => a.Id == result.Value);
        Assert.Equal(("Northwind Traders", "NORTHWIND TRADERS", "Food"), (saved.Name, saved.NormalizedName, saved.Industry));
        Assert.Equal((AccountSize.MidMarket, Region.Emea, "201-1000", "northwind.example"),
            (saved.Size, saved.Region, saved.CompanySizeBand, saved.Website));
        Assert.Equal(scope.WorkspaceId, saved.WorkspaceId);
    }

    [Theory]
    [InlineData("empty", nameof(AccountDraft.Name))]
    [InlineData("blank", nameof(AccountDraft.Name))]
    [InlineData("too-long", nameof(AccountDraft.Name))]
    [InlineData("not-a-website", nameof(AccountDraft.Website))]
    [InlineData("ftp-website", nameof(AccountDraft.Website))]
    [InlineData("long-industry", nameof(AccountDraft.Industry))]
    public async Task CreateAndUpdate_WithInvalidField_ReportThatField_AndWriteNothing(string breakage, string field)
    {
        var scope = await seeded.ScopeOfAsync("rep@dealdesk.demo");
        var service = Service(scope);
        var draft = new AccountDraft { Name = "Valid " + Guid.NewGuid().ToString("N")[..8] };
        _ = breakage switch
        {
            "empty" => draft.Name = "",
            "blank" => draft.Name = "   ",
            "too-long" => draft.Name = new string('x', Account.NameMaxLength + 1),
            "not-a-website" => draft.Website = "not a website",
            "ftp-website" => draft.Website = "ftp://files.example.com",
            _ => draft.Industry = new string('i', Account.ShortTextMaxLength + 1),
        };
        await using var db = seeded.Sqlite.For(scope);
        var target = await db.Accounts.AsNoTracking().FirstAsync();
        var before = await db.Accounts.CountAsync();

        var created = await service.CreateAsync(draft);
        var updated = await service.UpdateAsync(target.Id, draft);

        foreach (var result in new Result[] { created, updated })
        {
            Assert.Equal(ResultStatus.Invalid, result.Status);
            Assert.Equal([field], result.FieldErrors.Keys);
        }

        Assert.Equal(before, await db.Accounts.CountAsync());
        var after = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == target.Id);
        Assert.Equal((target.Name, target.Website, target.Industry, target.UpdatedAt),
            (after.Name, after.Website, after.Industry, after.UpdatedAt));
    }

    [Fact]
    public async Task Create_WithANameTakenIgnoringCaseAndSpaces_IsRefusedOnName_AndWritesNothing()
    {
        await using var fresh = await FreshDemoDatabase.CreateAsync();
        var scope = await fresh.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        await using var db = fresh.For(scope);
        var existing = await db.Accounts.Select(a => a.Name).FirstAsync();
        var before = await db.Accounts.CountAsync();

        var result = await Service(fresh, scope).CreateAsync(new AccountDraft { Name = $"  {existing.ToLowerInvariant()}  " });

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal([AccountMessages.NameTaken(existing)], result.FieldErrors[nameof(AccountDraft.Name)]);
        Assert.Equal($"An account named “{existing}” already exists.", result.Message);
        Assert.Equal(before, await db.Accounts.CountAsync());
    }

    [Fact]
    public async Task Update_ToAnotherAccountsName_IsRefused_ButRecasingItsOwnNameIsNot()
    {
        await using var fresh = await FreshDemoDatabase.CreateAsync();
        var scope = await fresh.Database.ScopeOfUserAsync("admin@dealdesk.demo");
        await using var db = fresh.For(scope);
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.NormalizedName).Take(2).ToListAsync();
        var service = Service(fresh, scope);

        var clash = await service.UpdateAsync(accounts[0].Id, new AccountDraft { Name = accounts[1].Name.ToUpperInvariant(), Version = accounts[0].Version });
        var recased = await service.UpdateAsync(accounts[0].Id,
            new AccountDraft
            {
                Name = accounts[0].Name.ToUpperInvariant(), Industry = "Robotics", Region = Region.Apac,
                Version = accounts[0].Version,
            });

        Assert.Equal([AccountMessages.NameTaken(accounts[1].Name)], clash.FieldErrors[nameof(AccountDraft.Name)]);
        Assert.True(recased.Succeeded, string.Join("; ", recased.AllMessages()));
        var saved = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accounts[0].Id);
        Assert.Equal((accounts[0].Name.ToUpperInvariant(), "Robotics", Region.Apac), (saved.Name, saved.Industry, saved.Region));
    }

    [Fact]
    public async Task Create_LosingARaceForTheName_IsRefusedOnNameByTheUniqueIndex()
    {
        await using var fresh = await FreshDemoDatabase.CreateAsync();
        var scope = await fresh.Database.ScopeOfUserAsync("rep@dealdesk.demo");
        // Another user's save of "RACE CO" commits after this service checked the name and before it inserts.
        var racing = new RacingContextFactory(fresh.Database, scope, () =>
        {
            using var other = fresh.For(scope);
            other.Accounts.Add(new Account("RACE CO"));
            other.SaveChanges();
        });
        var service = new AccountService(racing, NullLogger<AccountService>.Instance);

        var result = await service.CreateAsync(new AccountDraft { Name = "Race Co" });

        Assert.True(racing.Raced, "the competing save ran between the check and the insert");
        Assert.Equal([AccountMessages.NameTaken("RACE CO")], result.FieldErrors[nameof(AccountDraft.Name)]);
        await using var db = fresh.For(scope);
        Assert.Equal(["RACE CO"], await db.Accounts.Where(a => a.NormalizedName == "RACE CO").Select(a => a.Name).ToListAsync());
    }

    [Fact]
    public async Task Globex_CannotSeeOrUpdateAnAcmeAccount_AndMayReuseItsName()
    {
        await using var fresh = await FreshDemoDatabase.CreateAsync();
        var acme = await fresh.Database.ScopeOfUserAsync("admin@dealdesk.demo");
        var globex = Service(fresh, await fresh.Database.ScopeOfUserAsync("admin@globex.demo"));
        await using var db = fresh.For(acme);
        var target = await db.Accounts.AsNoTracking().FirstAsync();

        var updated = await globex.UpdateAsync(target.Id, new AccountDraft { Name = "Hijacked" });
        var reused = await globex.CreateAsync(new AccountDraft { Name = target.Name });

        Assert.Equal(ResultStatus.NotFound, updated.Status);
        Assert.Null(await globex.GetAsync(target.Id));
        Assert.DoesNotContain((await globex.SearchAsync(target.Name, 0, 50)).Rows, r => r.Id == target.Id);
        Assert.DoesNotContain(await globex.LookupAsync(target.Name, 50), o => o.Id == target.Id);
        Assert.True(reused.Succeeded, "names are unique per workspace, not across workspaces");
        Assert.Equal(target.Name, (await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == target.Id)).Name);
    }

    private AccountService Service(TenantScope scope) => Service(seeded.Sqlite, scope);

    private static AccountService Service(SqliteTestDatabase database, TenantScope scope) =>
        new(new FixedScopeContextFactory(database.Database, scope), NullLogger<AccountService>.Instance);
}
