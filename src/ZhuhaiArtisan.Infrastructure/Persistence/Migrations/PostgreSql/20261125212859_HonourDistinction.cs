using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuhaiArtisan.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class HonourDistinction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Honours_TalentId_Kind_Year",
                table: "Honours");

            migrationBuilder.AddColumn<string>(
                name: "Distinction",
                table: "Honours",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            // Awards recorded before keep apart by their event.
            migrationBuilder.Sql("UPDATE \"Honours\" SET \"Distinction\" = \"CompetitionEvent\" WHERE \"Kind\" = 'CompetitionAward' AND \"CompetitionEvent\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Honours_TalentId_Kind_Year_Distinction",
                table: "Honours",
                columns: new[] { "TalentId", "Kind", "Year", "Distinction" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Honours_TalentId_Kind_Year_Distinction",
                table: "Honours");

            migrationBuilder.DropColumn(
                name: "Distinction",
                table: "Honours");

            migrationBuilder.CreateIndex(
                name: "IX_Honours_TalentId_Kind_Year",
                table: "Honours",
                columns: new[] { "TalentId", "Kind", "Year" },
                unique: true);
        }
    }
}
