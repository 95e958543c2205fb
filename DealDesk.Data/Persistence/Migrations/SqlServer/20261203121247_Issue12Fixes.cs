using DealDesk.Core.Intelligence.Health;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Issue12Fixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_WorkspaceId",
                table: "AspNetUsers");

            migrationBuilder.AddColumn<byte[]>(
                name: "Version",
                table: "pipeline_stages",
                type: "rowversion",
                rowVersion: true,
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<int>(
                name: "Direction",
                table: "kpis",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<byte[]>(
                name: "Version",
                table: "intelligence_evidence",
                type: "rowversion",
                rowVersion: true,
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "Version",
                table: "deal_tasks",
                type: "rowversion",
                rowVersion: true,
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "Version",
                table: "deal_qualifications",
                type: "rowversion",
                rowVersion: true,
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "Version",
                table: "circles",
                type: "rowversion",
                rowVersion: true,
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "Version",
                table: "circle_memberships",
                type: "rowversion",
                rowVersion: true,
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "Version",
                table: "accounts",
                type: "rowversion",
                rowVersion: true,
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_WorkspaceId_NormalizedEmail",
                table: "AspNetUsers",
                columns: new[] { "WorkspaceId", "NormalizedEmail" },
                unique: true,
                filter: "[NormalizedEmail] IS NOT NULL");

            // Won and lost deals have no health score: clear the ones frozen before the move started clearing it.
            migrationBuilder.Sql(
                "UPDATE deals SET HealthScore = NULL, HealthTrend = 0, HealthCalculatedAt = NULL "
                + "WHERE WonAt IS NOT NULL OR LostAt IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_WorkspaceId_NormalizedEmail",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pipeline_stages");

            migrationBuilder.DropColumn(
                name: "Direction",
                table: "kpis");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "intelligence_evidence");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "deal_tasks");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "deal_qualifications");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "circles");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "circle_memberships");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "accounts");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_WorkspaceId",
                table: "AspNetUsers",
                column: "WorkspaceId");
        }
    }
}
