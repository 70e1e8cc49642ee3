using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;
using ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Integration;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("WebhookEndpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(id => id.Value, value => new WebhookEndpointId(value));
        builder.Property(e => e.PartnerClientId).HasConversion(id => id.Value, value => new PartnerClientId(value));
        builder.Ignore(e => e.DomainEvents);
        builder.Property(e => e.Url).HasMaxLength(WebhookEndpoint.UrlMaxLength).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(WebhookEndpoint.DescriptionMaxLength);
        builder.PrimitiveCollection(e => e.EventTypes).HasField("_eventTypes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.DisabledReason).HasMaxLength(WebhookEndpoint.DisabledReasonMaxLength);
        // Encrypted by the personal-data cipher; the audit trail never carries them.
        builder.Property(e => e.SecretCiphertext).HasMaxLength(WebhookEndpoint.SecretCiphertextMaxLength).IsRequired().IsSecret();
        builder.Property(e => e.PreviousSecretCiphertext).HasMaxLength(WebhookEndpoint.SecretCiphertextMaxLength).IsSecret();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<PartnerClient>().WithMany().HasForeignKey(e => e.PartnerClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.PartnerClientId);
    }
}
