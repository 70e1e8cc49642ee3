using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Talents;

internal sealed class SkillCertificateConfiguration : IEntityTypeConfiguration<SkillCertificate>
{
    public const int SkillLevelCodeMaxLength = 32;

    public void Configure(EntityTypeBuilder<SkillCertificate> builder)
    {
        builder.ToTable("SkillCertificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new SkillCertificateId(value));
        builder.Ignore(c => c.DomainEvents);
        builder.Ignore(c => c.Level);
        builder.Property(c => c.TalentId).HasConversion(id => id.Value, value => new TalentId(value));
        builder.HasOne<Talent>().WithMany().HasForeignKey(c => c.TalentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.OccupationCode).HasMaxLength(OccupationCode.MaxLength).IsRequired();
        builder.HasOne<Occupation>().WithMany().HasForeignKey(c => c.OccupationCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.SkillLevelCode).HasMaxLength(SkillLevelCodeMaxLength).IsRequired();
        builder.Property(c => c.CertificateNumber).HasMaxLength(SkillCertificate.CertificateNumberMaxLength).IsRequired();
        builder.HasIndex(c => c.CertificateNumber).IsUnique();
        builder.Property(c => c.IssuingBody).HasMaxLength(SkillCertificate.IssuingBodyMaxLength).IsRequired();
        builder.Property(c => c.Route).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.RecognizedBy).HasConversion(id => id!.Value.Value, value => new OrganizationId(value));
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.RecognizedBy).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(c => c.Provenance, ProvenanceColumns.Map);
        builder.HasIndex(c => new { c.TalentId, c.OccupationCode });
    }
}
