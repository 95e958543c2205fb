using DealDesk.Data.Persistence.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DealSortKeysAndDashboardIndexes : Migration
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

            migrationBuilder.AddColumn<string>(
                name: "AccountName",
                table: "deals",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OwnerName",
                table: "deals",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "StageOrder",
                table: "deals",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // The copies of the deals already stored, before their indexes are built; the triggers keep them from here.
            migrationBuilder.Sql(DealSortKeyTriggers.SqlServer.Fill);
            foreach (var trigger in DealSortKeyTriggers.SqlServer.Create)
            {
                migrationBuilder.Sql(trigger);
            }

            migrationBuilder.CreateIndex(
                name: "IX_deals_Lost_WorkspaceId_LostAt_CircleId",
                table: "deals",
                columns: new[] { "WorkspaceId", "LostAt", "CircleId" },
                filter: "LostAt IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_deals_Open_WorkspaceId_StageId_CircleId_Value_Probability",
                table: "deals",
                columns: new[] { "WorkspaceId", "StageId", "CircleId", "Value", "Probability", "WonAt", "LostAt" },
                filter: "WonAt IS NULL AND LostAt IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_deals_Won_WorkspaceId_WonAt_CircleId_Value_CreatedAt",
                table: "deals",
                columns: new[] { "WorkspaceId", "WonAt", "CircleId", "Value", "CreatedAt" },
                filter: "WonAt IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_AccountName_Id_CircleId",
                table: "deals",
                columns: new[] { "WorkspaceId", "AccountName", "Id", "CircleId" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_OwnerName_Id_CircleId",
                table: "deals",
                columns: new[] { "WorkspaceId", "OwnerName", "Id", "CircleId" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_StageOrder_Id_CircleId",
                table: "deals",
                columns: new[] { "WorkspaceId", "StageOrder", "Id", "CircleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in DealSortKeyTriggers.SqlServer.Drop)
            {
                migrationBuilder.Sql(trigger);
            }

            migrationBuilder.DropIndex(
                name: "IX_deals_Lost_WorkspaceId_LostAt_CircleId",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_Open_WorkspaceId_StageId_CircleId_Value_Probability",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_Won_WorkspaceId_WonAt_CircleId_Value_CreatedAt",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_AccountName_Id_CircleId",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_OwnerName_Id_CircleId",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_StageOrder_Id_CircleId",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "AccountName",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "OwnerName",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "StageOrder",
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
    }
}
