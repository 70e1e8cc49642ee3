using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Infrastructure.Persistence.Configurations.ReferenceData;
using ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("Organizations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasConversion(id => id.Value, value => new OrganizationId(value));
        builder.Ignore(o => o.DomainEvents);

        // An owned type rather than a converted scalar, so that queries can compare and order by
        // the code's text (keyset paging) on every provider.
        builder.OwnsOne(o => o.CreditCode, code =>
        {
            code.Property(c => c.Value).HasColumnName("CreditCode").HasMaxLength(UnifiedSocialCreditCode.Length).IsFixedLength().IsRequired();
            code.HasIndex(c => c.Value).IsUnique();
        });
        builder.Navigation(o => o.CreditCode).IsRequired();

        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.DistrictCode).HasMaxLength(District.CodeMaxLength).IsRequired();
        builder.HasOne<District>().WithMany().HasForeignKey(o => o.DistrictCode).OnDelete(DeleteBehavior.Restrict);

        builder.ComplexProperty(o => o.Contact, contact =>
        {
            contact.Property(c => c.ContactName).HasColumnName("ContactName").HasMaxLength(ContactDetails.ContactNameMaxLength).IsRequired()
                .IsPersonalInformation(PersonalInformationKind.Name);
            contact.Property(c => c.ContactPhone).HasColumnName("ContactPhone").HasMaxLength(ContactDetails.ContactPhoneMaxLength).IsRequired()
                .IsPersonalInformation(PersonalInformationKind.Phone);
            contact.Property(c => c.ContactEmail).HasColumnName("ContactEmail").HasMaxLength(ContactDetails.ContactEmailMaxLength)
                .IsPersonalInformation(PersonalInformationKind.Email);
            contact.Property(c => c.Address).HasColumnName("Address").HasMaxLength(ContactDetails.AddressMaxLength).IsRequired();
        });

        builder.ComplexProperty(o => o.Labels, labels =>
        {
            labels.Property(l => l.IsKeyIndustryEnterprise).HasColumnName("IsKeyIndustryEnterprise");
            labels.Property(l => l.IsKeyIndustryInnovationEmployer).HasColumnName("IsKeyIndustryInnovationEmployer");
            labels.Property(l => l.IsIndustryEducationIntegrationEnterprise).HasColumnName("IsIndustryEducationIntegrationEnterprise");
            labels.Property(l => l.IsPrivateInstitution).HasColumnName("IsPrivateInstitution");
            labels.ComplexProperty(l => l.TrainingQualification, qualification =>
            {
                qualification.Property(q => q.ValidFrom).HasColumnName("TrainingQualifiedFrom");
                qualification.Property(q => q.ValidUntil).HasColumnName("TrainingQualifiedUntil");
            });
        });

        builder.HasMany(o => o.Clusters).WithOne().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Clusters).HasField("_clusters").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => new { o.DistrictCode, o.Type });
    }
}
