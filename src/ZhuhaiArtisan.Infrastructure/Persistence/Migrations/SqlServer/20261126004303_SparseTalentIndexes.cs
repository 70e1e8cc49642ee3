using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuhaiArtisan.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SparseTalentIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Talents_AccountSubject",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_EmployerId_Name_Id",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_SchoolId_Name_Id",
                table: "Talents");

            migrationBuilder.CreateIndex(
                name: "IX_Talents_AccountSubject",
                table: "Talents",
                column: "AccountSubject",
                unique: true,
                filter: "\"AccountSubject\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Talents_EmployerId_Name_Id",
                table: "Talents",
                columns: new[] { "EmployerId", "Name", "Id" },
                filter: "\"EmployerId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Talents_SchoolId_Name_Id",
                table: "Talents",
                columns: new[] { "SchoolId", "Name", "Id" },
                filter: "\"SchoolId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Talents_AccountSubject",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_EmployerId_Name_Id",
                table: "Talents");

            migrationBuilder.DropIndex(
                name: "IX_Talents_SchoolId_Name_Id",
                table: "Talents");

            migrationBuilder.CreateIndex(
                name: "IX_Talents_AccountSubject",
                table: "Talents",
                column: "AccountSubject",
                unique: true,
                filter: "[AccountSubject] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Talents_EmployerId_Name_Id",
                table: "Talents",
                columns: new[] { "EmployerId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Talents_SchoolId_Name_Id",
                table: "Talents",
                columns: new[] { "SchoolId", "Name", "Id" });
        }
    }
}
