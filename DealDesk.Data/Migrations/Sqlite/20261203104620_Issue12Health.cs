using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealDesk.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue12Health : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Direction",
                table: "kpis",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Won and lost deals have no health score: clear the ones frozen before the move started clearing it.
            migrationBuilder.Sql(
                "UPDATE deals SET HealthScore = NULL, HealthTrend = 0, HealthCalculatedAt = NULL "
                + "WHERE WonAt IS NOT NULL OR LostAt IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Direction",
                table: "kpis");
        }
    }
}
