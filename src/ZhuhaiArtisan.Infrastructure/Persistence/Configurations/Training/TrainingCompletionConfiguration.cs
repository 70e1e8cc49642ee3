using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Talents.SkillCertificates;
using ZhuhaiArtisan.Domain.Training.Completions;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;
using ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Catalogue;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Training;

internal sealed class TrainingCompletionConfiguration : IEntityTypeConfiguration<TrainingCompletion>
{
    public void Configure(EntityTypeBuilder<TrainingCompletion> builder)
    {
        builder.ToTable("TrainingCompletions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new TrainingCompletionId(value));
        builder.Ignore(c => c.DomainEvents);
        builder.Ignore(c => c.Mismatches);

        builder.Property(c => c.ClassId).HasConversion(id => id.Value, value => new TrainingClassId(value));
        builder.HasOne<TrainingClass>().WithMany().HasForeignKey(c => c.ClassId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.TalentId).HasConversion(id => id.Value, value => new TalentId(value));
        builder.HasOne<Talent>().WithMany().HasForeignKey(c => c.TalentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.EnrolmentId).HasConversion(id => id!.Value.Value, value => new EnrolmentId(value));
        builder.HasOne<Enrolment>().WithMany().HasForeignKey(c => c.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to the certificate: a completion may name one that is not the talent's, or none that exists; that is a mismatch, recorded.
        builder.Property(c => c.CertificateId).HasConversion(id => id!.Value.Value, value => new SkillCertificateId(value));
        builder.Property(c => c.Result).HasConversion<string>().HasMaxLength(CatalogueItemConfiguration.EnumMaxLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(CatalogueItemConfiguration.EnumMaxLength);
        builder.PrimitiveCollection<List<string>>("_mismatches").HasColumnName("Mismatches");
        builder.Property(c => c.PushedByPartner).HasConversion(id => id!.Value.Value, value => new PartnerClientId(value));
        builder.HasOne<PartnerClient>().WithMany().HasForeignKey(c => c.PushedByPartner).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasIndex(c => new { c.ClassId, c.TalentId }).IsUnique();
        builder.HasIndex(c => new { c.ClassId, c.Status, c.Id });
    }
}
