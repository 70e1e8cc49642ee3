using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuhaiArtisan.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TalentRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Talents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DocumentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdentityNumberHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ResidenceDistrictCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Origin = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: true),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    Major = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    GraduationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    JobSeekingStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WishedOccupationCodes = table.Column<string[]>(type: "text[]", nullable: false),
                    WishedDistrictCodes = table.Column<string[]>(type: "text[]", nullable: false),
                    WishedMonthlyWageMin = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    WishedMonthlyWageMax = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    ConsentsToMatching = table.Column<bool>(type: "boolean", nullable: false),
                    AccountSubject = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    IdentityNumberCiphertext = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IdentityNumberMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PhoneCiphertext = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PhoneMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedByOrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Talents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Talents_Districts_ResidenceDistrictCode",
                        column: x => x.ResidenceDistrictCode,
                        principalTable: "Districts",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Talents_Organizations_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Talents_Organizations_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Talents_AccountSubject",
                table: "Talents",
                column: "AccountSubject",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Talents_EmployerId_Name",
                table: "Talents",
                columns: new[] { "EmployerId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Talents_IdentityNumberHash",
                table: "Talents",
                column: "IdentityNumberHash",
                unique: true);

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Talents");
        }
    }
}
