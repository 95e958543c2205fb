using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DealTimelineTasksStakeholders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_deals_DealId",
                        column: x => x.DealId,
                        principalTable: "deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "deal_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deal_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deal_tasks_AspNetUsers_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_deal_tasks_deals_DealId",
                        column: x => x.DealId,
                        principalTable: "deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stakeholders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Roles = table.Column<int>(type: "INTEGER", nullable: false),
                    InteractionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastInteractionAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecisionPower_Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecisionPower_Source = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionPower_Value = table.Column<int>(type: "INTEGER", nullable: false),
                    InfluenceLevel_Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    InfluenceLevel_Source = table.Column<int>(type: "INTEGER", nullable: false),
                    InfluenceLevel_Value = table.Column<int>(type: "INTEGER", nullable: false),
                    RelationshipStrength_Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RelationshipStrength_Source = table.Column<int>(type: "INTEGER", nullable: false),
                    RelationshipStrength_Value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stakeholders_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_stakeholders_contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_DealId_OccurredAt_Id",
                table: "activities",
                columns: new[] { "DealId", "OccurredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_deal_tasks_AssigneeId_CompletedAt_DueOn",
                table: "deal_tasks",
                columns: new[] { "AssigneeId", "CompletedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_deal_tasks_DealId_CompletedAt_DueOn",
                table: "deal_tasks",
                columns: new[] { "DealId", "CompletedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_AccountId_NormalizedEmail",
                table: "stakeholders",
                columns: new[] { "AccountId", "NormalizedEmail" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_ContactId",
                table: "stakeholders",
                column: "ContactId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "deal_tasks");

            migrationBuilder.DropTable(
                name: "stakeholders");
        }
    }
}
