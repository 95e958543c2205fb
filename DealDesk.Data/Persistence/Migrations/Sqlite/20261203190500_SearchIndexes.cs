using DealDesk.Data.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Persistence.Migrations.Sqlite
{
    /// <summary>Full-text (FTS5 trigram) indexes for deal, account and contact search, filled from the rows already
    /// there and kept in step by triggers (ADR 0011). No model change: EF Core has no model for them.</summary>
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSchema.SqliteCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSchema.SqliteDrop);
        }
    }
}
