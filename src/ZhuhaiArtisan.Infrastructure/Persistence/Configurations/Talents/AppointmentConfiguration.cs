using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.ReferenceData.Occupations;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.Appointments;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Talents;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("Appointments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(id => id.Value, value => new AppointmentId(value));
        builder.Ignore(a => a.DomainEvents);
        builder.Property(a => a.TalentId).HasConversion(id => id.Value, value => new TalentId(value));
        builder.HasOne<Talent>().WithMany().HasForeignKey(a => a.TalentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.SkillLevelCode).HasMaxLength(SkillCertificateConfiguration.SkillLevelCodeMaxLength).IsRequired();
        builder.Property(a => a.OccupationCode).HasMaxLength(OccupationCode.MaxLength).IsRequired();
        builder.HasOne<Occupation>().WithMany().HasForeignKey(a => a.OccupationCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Tier).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.AppointingBody).HasMaxLength(Appointment.AppointingBodyMaxLength).IsRequired();
        builder.Property(a => a.DistrictCode).HasMaxLength(District.CodeMaxLength);
        builder.Property(a => a.EnterpriseId).HasConversion(id => id!.Value.Value, value => new OrganizationId(value));
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(a => a.Provenance, ProvenanceColumns.Map);
        builder.HasIndex(a => a.TalentId);
    }
}
