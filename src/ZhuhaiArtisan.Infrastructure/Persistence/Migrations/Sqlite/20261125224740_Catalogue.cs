using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuhaiArtisan.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Catalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogueChangeCounter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueChangeCounter", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditionNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LiveStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueEditions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueEditions", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SkillLevelCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TrainingType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TheoryHours = table.Column<int>(type: "INTEGER", nullable: false),
                    PracticeHours = table.Column<int>(type: "INTEGER", nullable: false),
                    FeePerPerson = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    DeliveryMode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClusterCodes = table.Column<string>(type: "TEXT", nullable: false),
                    IsUrgentlyNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsNewOccupation = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubsidyPerPerson = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    SubsidyBasis = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StatusNote = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    LastPublishedEdition = table.Column<int>(type: "INTEGER", nullable: true),
                    DraftedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueItems_Occupations_OccupationCode",
                        column: x => x.OccupationCode,
                        principalTable: "Occupations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueItems_Organizations_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueEditionGrams",
                columns: table => new
                {
                    EditionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Gram = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueEditionGrams", x => new { x.EditionNumber, x.Gram, x.Position });
                    table.ForeignKey(
                        name: "FK_CatalogueEditionGrams_CatalogueEditions_EditionNumber",
                        column: x => x.EditionNumber,
                        principalTable: "CatalogueEditions",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueEditionEntries",
                columns: table => new
                {
                    EditionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OccupationName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SkillLevelCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TrainingType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TheoryHours = table.Column<int>(type: "INTEGER", nullable: false),
                    PracticeHours = table.Column<int>(type: "INTEGER", nullable: false),
                    FeePerPerson = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    SubsidyPerPerson = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    DeliveryMode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Clusters = table.Column<int>(type: "INTEGER", nullable: false),
                    IsUrgentlyNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsNewOccupation = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueEditionEntries", x => new { x.EditionNumber, x.Position });
                    table.ForeignKey(
                        name: "FK_CatalogueEditionEntries_CatalogueEditions_EditionNumber",
                        column: x => x.EditionNumber,
                        principalTable: "CatalogueEditions",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CatalogueEditionEntries_CatalogueItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "CatalogueItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "CatalogueChangeCounter",
                columns: new[] { "Id", "LastSequence" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueChanges_Sequence",
                table: "CatalogueChanges",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEditionEntries_EditionNumber_DistrictCode_Position",
                table: "CatalogueEditionEntries",
                columns: new[] { "EditionNumber", "DistrictCode", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEditionEntries_EditionNumber_InstitutionId_Position",
                table: "CatalogueEditionEntries",
                columns: new[] { "EditionNumber", "InstitutionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEditionEntries_EditionNumber_ItemId",
                table: "CatalogueEditionEntries",
                columns: new[] { "EditionNumber", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEditionEntries_EditionNumber_OccupationCode_Position",
                table: "CatalogueEditionEntries",
                columns: new[] { "EditionNumber", "OccupationCode", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEditionEntries_ItemId",
                table: "CatalogueEditionEntries",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueItems_InstitutionId_Id",
                table: "CatalogueItems",
                columns: new[] { "InstitutionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueItems_LastPublishedEdition",
                table: "CatalogueItems",
                column: "LastPublishedEdition");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueItems_OccupationCode",
                table: "CatalogueItems",
                column: "OccupationCode");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueItems_Status_ValidUntil",
                table: "CatalogueItems",
                columns: new[] { "Status", "ValidUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogueChangeCounter");

            migrationBuilder.DropTable(
                name: "CatalogueChanges");

            migrationBuilder.DropTable(
                name: "CatalogueEditionEntries");

            migrationBuilder.DropTable(
                name: "CatalogueEditionGrams");

            migrationBuilder.DropTable(
                name: "CatalogueItems");

            migrationBuilder.DropTable(
                name: "CatalogueEditions");
        }
    }
}
