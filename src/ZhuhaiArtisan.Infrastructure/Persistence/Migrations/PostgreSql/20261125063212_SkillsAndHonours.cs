using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuhaiArtisan.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SkillsAndHonours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkillLevelCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Tier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AppointingBody = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalBasis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedByOrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appointments_Occupations_OccupationCode",
                        column: x => x.OccupationCode,
                        principalTable: "Occupations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_Organizations_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_Talents_TalentId",
                        column: x => x.TalentId,
                        principalTable: "Talents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Honours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ConferringBody = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CompetitionEvent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    CompetitionRank = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Coach = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PublicationConsented = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedByOrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Honours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Honours_Organizations_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Honours_Talents_TalentId",
                        column: x => x.TalentId,
                        principalTable: "Talents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SkillCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TalentId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SkillLevelCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IssuingBody = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Route = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecognizedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    LegalBasis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedByOrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkillCertificates_Occupations_OccupationCode",
                        column: x => x.OccupationCode,
                        principalTable: "Occupations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SkillCertificates_Organizations_RecognizedBy",
                        column: x => x.RecognizedBy,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SkillCertificates_Talents_TalentId",
                        column: x => x.TalentId,
                        principalTable: "Talents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_EnterpriseId",
                table: "Appointments",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_OccupationCode",
                table: "Appointments",
                column: "OccupationCode");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_TalentId",
                table: "Appointments",
                column: "TalentId");

            migrationBuilder.CreateIndex(
                name: "IX_Honours_EnterpriseId",
                table: "Honours",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Honours_TalentId_Kind_Year",
                table: "Honours",
                columns: new[] { "TalentId", "Kind", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Honours_Year_Kind_PublicationConsented",
                table: "Honours",
                columns: new[] { "Year", "Kind", "PublicationConsented" });

            migrationBuilder.CreateIndex(
                name: "IX_SkillCertificates_CertificateNumber",
                table: "SkillCertificates",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkillCertificates_OccupationCode",
                table: "SkillCertificates",
                column: "OccupationCode");

            migrationBuilder.CreateIndex(
                name: "IX_SkillCertificates_RecognizedBy",
                table: "SkillCertificates",
                column: "RecognizedBy");

            migrationBuilder.CreateIndex(
                name: "IX_SkillCertificates_TalentId_OccupationCode",
                table: "SkillCertificates",
                columns: new[] { "TalentId", "OccupationCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "Honours");

            migrationBuilder.DropTable(
                name: "SkillCertificates");
        }
    }
}
