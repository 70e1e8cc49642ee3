using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Integration.WebhookDeliveries;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Integration;

internal sealed class WebhookDeliveryAttemptConfiguration : IEntityTypeConfiguration<WebhookDeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryAttempt> builder)
    {
        builder.ToTable("WebhookDeliveryAttempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.WebhookDeliveryId).HasConversion(id => id.Value, value => new WebhookDeliveryId(value));
        builder.Property(a => a.Error).HasMaxLength(WebhookDeliveryAttempt.ErrorMaxLength);
        builder.HasIndex(a => a.WebhookDeliveryId);
    }
}
