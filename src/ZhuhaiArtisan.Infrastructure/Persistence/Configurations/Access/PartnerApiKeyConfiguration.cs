using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Access;

internal sealed class PartnerApiKeyConfiguration : IEntityTypeConfiguration<PartnerApiKey>
{
    public void Configure(EntityTypeBuilder<PartnerApiKey> builder)
    {
        builder.ToTable("PartnerApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasConversion(id => id.Value, value => new PartnerApiKeyId(value));
        builder.Property(k => k.PartnerClientId).HasConversion(id => id.Value, value => new PartnerClientId(value));
        builder.Property(k => k.Name).HasMaxLength(PartnerApiKey.NameMaxLength).IsRequired();
        builder.Property(k => k.Prefix).HasMaxLength(PartnerApiKey.PrefixLength).IsRequired();
        builder.Property(k => k.KeyHash).HasMaxLength(PartnerApiKey.HashLength).IsFixedLength().IsRequired().IsSecret();
        builder.HasIndex(k => k.KeyHash).IsUnique();
    }
}
