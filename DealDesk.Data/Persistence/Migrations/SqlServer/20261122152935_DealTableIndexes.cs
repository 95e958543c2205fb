using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DealTableIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_ExpectedCloseDate",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_Name",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_StageId",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_Value",
                table: "deals");

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_CircleId",
                table: "deals",
                columns: new[] { "WorkspaceId", "CircleId" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_ExpectedCloseDate_Id_CircleId",
                table: "deals",
                columns: new[] { "WorkspaceId", "ExpectedCloseDate", "Id", "CircleId" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_LostAt",
                table: "deals",
                columns: new[] { "WorkspaceId", "LostAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_Name_Id_CircleId",
                table: "deals",
                columns: new[] { "WorkspaceId", "Name", "Id", "CircleId" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_StageEnteredAt_Id_CircleId",
                table: "deals",
                columns: new[] { "WorkspaceId", "StageEnteredAt", "Id", "CircleId" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_StageId_Value_Id_CircleId_Probability",
                table: "deals",
                columns: new[] { "WorkspaceId", "StageId", "Value", "Id", "CircleId", "Probability" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_UpdatedAt_Id_CircleId",
                table: "deals",
                columns: new[] { "WorkspaceId", "UpdatedAt", "Id", "CircleId" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_Value_Id_CircleId",
                table: "deals",
                columns: new[] { "WorkspaceId", "Value", "Id", "CircleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_CircleId",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_ExpectedCloseDate_Id_CircleId",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_LostAt",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_Name_Id_CircleId",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_StageEnteredAt_Id_CircleId",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_StageId_Value_Id_CircleId_Probability",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_UpdatedAt_Id_CircleId",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "IX_deals_WorkspaceId_Value_Id_CircleId",
                table: "deals");

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_ExpectedCloseDate",
                table: "deals",
                columns: new[] { "WorkspaceId", "ExpectedCloseDate" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_Name",
                table: "deals",
                columns: new[] { "WorkspaceId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_StageId",
                table: "deals",
                columns: new[] { "WorkspaceId", "StageId" });

            migrationBuilder.CreateIndex(
                name: "IX_deals_WorkspaceId_Value",
                table: "deals",
                columns: new[] { "WorkspaceId", "Value" });
        }
    }
}
