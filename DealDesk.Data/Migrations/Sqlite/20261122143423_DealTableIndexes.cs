using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DealTableIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_LostAt",
                table: "deals",
                columns: new[] { "WorkspaceId", "LostAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_StageEnteredAt",
                table: "deals",
                columns: new[] { "WorkspaceId", "StageEnteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_UpdatedAt",
                table: "deals",
                columns: new[] { "WorkspaceId", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_LostAt",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_StageEnteredAt",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_UpdatedAt",
                table: "deals");
        }
    }
}
