using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Access;

internal sealed class PartnerClientConfiguration : IEntityTypeConfiguration<PartnerClient>
{
    public void Configure(EntityTypeBuilder<PartnerClient> builder)
    {
        builder.ToTable("PartnerClients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new PartnerClientId(value));
        builder.Ignore(c => c.DomainEvents);
        builder.Property(c => c.Code).HasMaxLength(PartnerClient.CodeMaxLength).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(PartnerClient.NameMaxLength).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.ApiKeys).WithOne().HasForeignKey(k => k.PartnerClientId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.ApiKeys).HasField("_apiKeys").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
