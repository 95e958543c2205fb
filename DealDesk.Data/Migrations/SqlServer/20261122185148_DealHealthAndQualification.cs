using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DealHealthAndQualification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CloseDatePushCount",
                table: "deals",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "HealthCalculatedAt",
                table: "deals",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HealthScore",
                table: "deals",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HealthTrend",
                table: "deals",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "deal_health_history",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DealId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Score = table.Column<int>(type: "int", nullable: false),
                    Trend = table.Column<int>(type: "int", nullable: false),
                    FactorsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deal_health_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deal_health_history_deals_DealId",
                        column: x => x.DealId,
                        principalTable: "deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deal_qualifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DealId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Element = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Score = table.Column<int>(type: "int", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deal_qualifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deal_qualifications_deals_DealId",
                        column: x => x.DealId,
                        principalTable: "deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intelligence_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DealId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Element = table.Column<int>(type: "int", nullable: true),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Source = table.Column<int>(type: "int", nullable: false),
                    Confidence = table.Column<int>(type: "int", nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intelligence_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_intelligence_evidence_deals_DealId",
                        column: x => x.DealId,
                        principalTable: "deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_HealthScore_Id_CircleId",
                table: "deals",
                columns: new[] { "WorkspaceId", "HealthScore", "Id", "CircleId" });

            migrationBuilder.CreateIndex(
                name: "IX_deal_health_history_DealId_CalculatedAt",
                table: "deal_health_history",
                columns: new[] { "DealId", "CalculatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deal_qualifications_DealId_Element",
                table: "deal_qualifications",
                columns: new[] { "DealId", "Element" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_evidence_DealId_ObservedOn",
                table: "intelligence_evidence",
                columns: new[] { "DealId", "ObservedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deal_health_history");

            migrationBuilder.DropTable(
                name: "deal_qualifications");

            migrationBuilder.DropTable(
                name: "intelligence_evidence");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_HealthScore_Id_CircleId",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "CloseDatePushCount",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "HealthCalculatedAt",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "HealthScore",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "HealthTrend",
                table: "deals");
        }
    }
}
