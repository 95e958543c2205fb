using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue5Contacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_contacts_CircleId_FunnelStage",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "IX_contacts_WorkspaceId_Name",
                table: "contacts");

            migrationBuilder.CreateIndex(
                name: "IX_contacts_CircleId_FunnelStage_LastContactAt",
                table: "contacts",
                columns: new[] { "CircleId", "FunnelStage", "LastContactAt" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_CircleId_LastContactAt",
                table: "contacts",
                columns: new[] { "CircleId", "LastContactAt" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_CircleId_Name",
                table: "contacts",
                columns: new[] { "CircleId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_WorkspaceId",
                table: "contacts",
                column: "WorkspaceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_contacts_CircleId_FunnelStage_LastContactAt",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "IX_contacts_CircleId_LastContactAt",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "IX_contacts_CircleId_Name",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "IX_contacts_WorkspaceId",
                table: "contacts");

            migrationBuilder.CreateIndex(
                name: "IX_contacts_CircleId_FunnelStage",
                table: "contacts",
                columns: new[] { "CircleId", "FunnelStage" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_WorkspaceId_Name",
                table: "contacts",
                columns: new[] { "WorkspaceId", "Name" });
        }
    }
}
