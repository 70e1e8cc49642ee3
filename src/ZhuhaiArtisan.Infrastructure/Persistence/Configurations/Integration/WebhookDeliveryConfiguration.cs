using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;
using ZhuhaiArtisan.Domain.Integration.WebhookEndpoints;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Integration;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasConversion(id => id.Value, value => new WebhookDeliveryId(value));
        builder.Property(d => d.WebhookEndpointId).HasConversion(id => id.Value, value => new WebhookEndpointId(value));
        builder.Ignore(d => d.DomainEvents);
        builder.Property(d => d.EventType).HasMaxLength(WebhookEventTypes.MaxLength).IsRequired();
        builder.Property(d => d.Payload).HasMaxLength(WebhookDelivery.PayloadMaxLength).IsRequired();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDeliveryAttempt.ErrorMaxLength);
        // A sender records an outcome only while its claim still holds the delivery.
        builder.Property(d => d.ClaimToken).IsConcurrencyToken();
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.WebhookEndpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.AttemptLog).WithOne().HasForeignKey(a => a.WebhookDeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.AttemptLog).HasField("_attemptLog").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The dispatcher looks for pending deliveries that are due, then reads back the ones its
        // claim took (only deliveries being sent carry a token); the listing reads an endpoint's newest first.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => d.ClaimToken).HasFilter("\"ClaimToken\" IS NOT NULL");
        builder.HasIndex(d => new { d.WebhookEndpointId, d.Id });
    }
}
