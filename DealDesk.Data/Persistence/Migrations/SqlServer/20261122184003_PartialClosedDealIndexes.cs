using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PartialClosedDealIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_LostAt",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_WonAt",
                table: "deals");

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_LostAt",
                table: "deals",
                columns: new[] { "WorkspaceId", "LostAt" },
                filter: "LostAt IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_WonAt",
                table: "deals",
                columns: new[] { "WorkspaceId", "WonAt" },
                filter: "WonAt IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_LostAt",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_WonAt",
                table: "deals");

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_LostAt",
                table: "deals",
                columns: new[] { "WorkspaceId", "LostAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_WonAt",
                table: "deals",
                columns: new[] { "WorkspaceId", "WonAt" });
        }
    }
}
