using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Domain.Training.Enrolments;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Training;

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> builder)
    {
        builder.ToTable("AttendanceRecords");
        // One record per enrolment and session date.
        builder.HasKey(a => new { a.EnrolmentId, a.SessionDate });
        builder.Property(a => a.EnrolmentId).HasConversion(id => id.Value, value => new EnrolmentId(value));
        builder.HasOne<Enrolment>().WithMany().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Hours).HasPrecision(5, 2);
    }
}
