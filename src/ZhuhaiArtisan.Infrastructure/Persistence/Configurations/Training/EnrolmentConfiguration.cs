using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Access.PartnerClients;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Domain.Training.Enrolments;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Training;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("Enrolments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(id => id.Value, value => new EnrolmentId(value));
        builder.Ignore(e => e.DomainEvents);

        builder.Property(e => e.ClassId).HasConversion(id => id.Value, value => new TrainingClassId(value));
        builder.HasOne<TrainingClass>().WithMany().HasForeignKey(e => e.ClassId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.TalentId).HasConversion(id => id.Value, value => new TalentId(value));
        builder.HasOne<Talent>().WithMany().HasForeignKey(e => e.TalentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.AttendedHours).HasPrecision(7, 2);
        builder.Property(e => e.PushedByPartner).HasConversion(id => id!.Value.Value, value => new PartnerClientId(value));
        builder.HasOne<PartnerClient>().WithMany().HasForeignKey(e => e.PushedByPartner).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Version).IsConcurrencyToken();

        // A talent is enrolled in a class once: the last line of defence when two enrolments race.
        builder.HasIndex(e => new { e.ClassId, e.TalentId }).IsUnique();
        builder.HasIndex(e => new { e.TalentId, e.Id });
    }
}
