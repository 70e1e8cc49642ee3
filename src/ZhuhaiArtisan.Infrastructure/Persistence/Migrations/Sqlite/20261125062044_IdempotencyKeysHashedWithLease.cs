using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZhuhaiArtisan.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdempotencyKeysHashedWithLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Keys in flight are not carried over: their rows cannot be re-keyed to hashes.
            migrationBuilder.Sql(@"DELETE FROM ""IdempotencyRecords"";");

            migrationBuilder.DropPrimaryKey(
                name: "PK_IdempotencyRecords",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "IdempotencyRecords");

            migrationBuilder.AddColumn<string>(
                name: "ScopeHash",
                table: "IdempotencyRecords",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "KeyHash",
                table: "IdempotencyRecords",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "LockedUntil",
                table: "IdempotencyRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdempotencyRecords",
                table: "IdempotencyRecords",
                columns: new[] { "ScopeHash", "KeyHash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DELETE FROM ""IdempotencyRecords"";");

            migrationBuilder.DropPrimaryKey(
                name: "PK_IdempotencyRecords",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "ScopeHash",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "KeyHash",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                table: "IdempotencyRecords");

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "IdempotencyRecords",
                type: "TEXT",
                maxLength: 160,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "IdempotencyRecords",
                type: "TEXT",
                maxLength: 255,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdempotencyRecords",
                table: "IdempotencyRecords",
                columns: new[] { "Scope", "Key" });
        }
    }
}
