using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuhaiArtisan.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TalentListFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Talents_Name_IdentityNumberHash",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_ResidenceDistrictCode_Name_IdentityNumberHash",
                table: "Talents");

            migrationBuilder.CreateIndex(
                name: "IX_Talents_ListByDistrict",
                table: "Talents",
                columns: new[] { "ResidenceDistrictCode", "Name", "IdentityNumberHash", "Origin", "JobSeekingStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_Talents_ListByName",
                table: "Talents",
                columns: new[] { "Name", "IdentityNumberHash", "Origin", "JobSeekingStatus" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Talents_ListByDistrict",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_ListByName",
                table: "Talents");

            migrationBuilder.CreateIndex(
                name: "IX_Talents_Name_IdentityNumberHash",
                table: "Talents",
                columns: new[] { "Name", "IdentityNumberHash" });

            migrationBuilder.CreateIndex(
                name: "IX_Talents_ResidenceDistrictCode_Name_IdentityNumberHash",
                table: "Talents",
                columns: new[] { "ResidenceDistrictCode", "Name", "IdentityNumberHash" });
        }
    }
}
