using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuhaiArtisan.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TalentListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Talents_EmployerId_Name",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_Name_IdentityNumberHash",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_ResidenceDistrictCode_Name_IdentityNumberHash",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_SchoolId_Name",
                table: "Talents");

            migrationBuilder.CreateIndex(
                name: "IX_Talents_EmployerId_Name_Id",
                table: "Talents",
                columns: new[] { "EmployerId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Talents_ListByDistrict",
                table: "Talents",
                columns: new[] { "ResidenceDistrictCode", "Name", "Id", "Origin", "JobSeekingStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_Talents_ListByName",
                table: "Talents",
                columns: new[] { "Name", "Id", "Origin", "JobSeekingStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_Talents_SchoolId_Name_Id",
                table: "Talents",
                columns: new[] { "SchoolId", "Name", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Talents_EmployerId_Name_Id",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_ListByDistrict",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_ListByName",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_SchoolId_Name_Id",
                table: "Talents");

            migrationBuilder.CreateIndex(
                name: "IX_Talents_EmployerId_Name",
                table: "Talents",
                columns: new[] { "EmployerId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Talents_Name_IdentityNumberHash",
                table: "Talents",
                columns: new[] { "Name", "IdentityNumberHash" });

            migrationBuilder.CreateIndex(
                name: "IX_Talents_ResidenceDistrictCode_Name_IdentityNumberHash",
                table: "Talents",
                columns: new[] { "ResidenceDistrictCode", "Name", "IdentityNumberHash" });

            migrationBuilder.CreateIndex(
                name: "IX_Talents_SchoolId_Name",
                table: "Talents",
                columns: new[] { "SchoolId", "Name" });
        }
    }
}
