using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuhaiArtisan.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TalentListByDistrictAndOrigin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Talents_ListByDistrictAndOrigin",
                table: "Talents",
                columns: new[] { "ResidenceDistrictCode", "Origin", "Name", "Id", "JobSeekingStatus" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Talents_ListByDistrictAndOrigin",
                table: "Talents");
        }
    }
}
