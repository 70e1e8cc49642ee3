using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Talents.TalentImports;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Talents;

internal sealed class TalentImportRejectedRowConfiguration : IEntityTypeConfiguration<TalentImportRejectedRow>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<TalentImportRejectedRow> builder)
    {
        builder.ToTable("TalentImportRejectedRows");
        builder.HasKey(r => new { r.ImportId, r.RowNumber });
        builder.Property(r => r.ImportId).HasConversion(id => id.Value, value => new TalentImportId(value));
        builder.HasOne<TalentImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.IdentityNumberMasked).HasMaxLength(32);
        builder.Ignore(r => r.Problems);

        // The reasons are only ever read with their row: one JSON column rather than a table.
        builder.Property<List<RowProblem>>("_problems")
            .HasColumnName("Problems")
            .IsRequired()
            .HasConversion(
                problems => JsonSerializer.Serialize(problems, Json),
                json => JsonSerializer.Deserialize<List<RowProblem>>(json, Json) ?? new List<RowProblem>(),
                new ValueComparer<List<RowProblem>>(
                    (a, b) => a!.SequenceEqual(b!),
                    problems => problems.Aggregate(0, (hash, p) => HashCode.Combine(hash, p.GetHashCode())),
                    problems => problems.ToList()));
    }
}
