using System;
using DealDesk.Core.Contacts;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CirclesContactsAndKpis : Migration
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

            migrationBuilder.AddColumn<byte[]>(
                name: "Version",
                table: "kpis",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "kpi_history",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SnapshotDate",
                table: "kpi_history",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Version",
                table: "contacts",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.CreateIndex(
                name: "IX_kpi_history_KpiId_SnapshotDate",
                table: "kpi_history",
                columns: new[] { "KpiId", "SnapshotDate" },
                unique: true,
                filter: "SnapshotDate IS NOT NULL");

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
                name: "IX_kpi_history_KpiId_SnapshotDate",
                table: "kpi_history");

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

            migrationBuilder.DropColumn(
                name: "Version",
                table: "kpis");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "kpi_history");

            migrationBuilder.DropColumn(
                name: "SnapshotDate",
                table: "kpi_history");

            migrationBuilder.DropColumn(
                name: "Version",
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
