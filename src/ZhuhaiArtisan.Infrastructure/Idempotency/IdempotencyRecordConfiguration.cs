using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ZhuhaiArtisan.Infrastructure.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => new { r.ScopeHash, r.KeyHash });
        builder.Property(r => r.ScopeHash).HasMaxLength(IdempotencyRecord.HashLength).IsFixedLength();
        builder.Property(r => r.KeyHash).HasMaxLength(IdempotencyRecord.HashLength).IsFixedLength();
        builder.Property(r => r.Fingerprint).HasMaxLength(IdempotencyRecord.HashLength).IsFixedLength();
        builder.Property(r => r.ContentType).HasMaxLength(128);
        builder.Property(r => r.Location).HasMaxLength(512);
        builder.Property(r => r.ETag).HasMaxLength(128);
        builder.HasIndex(r => r.ExpiresAt);
    }
}
