using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactKpiVersionsAndDailySnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kpi_history_KpiId_SnapshotDate",
                table: "kpi_history");

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
        }
    }
}
