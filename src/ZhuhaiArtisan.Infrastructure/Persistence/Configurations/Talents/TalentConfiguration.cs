using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuhaiArtisan.Application.Common.Privacy;
using ZhuhaiArtisan.Domain.Organizations;
using ZhuhaiArtisan.Domain.ReferenceData.Districts;
using ZhuhaiArtisan.Domain.Talents;
using ZhuhaiArtisan.Infrastructure.Persistence.Interceptors;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Configurations.Talents;

internal sealed class TalentConfiguration : IEntityTypeConfiguration<Talent>
{
    public void Configure(EntityTypeBuilder<Talent> builder)
    {
        builder.ToTable("Talents");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasConversion(id => id.Value, value => new TalentId(value));
        builder.Ignore(t => t.DomainEvents);
        builder.Ignore(t => t.Wishes);

        builder.Property(t => t.Name).HasMaxLength(PersonName.MaxLength).IsRequired().IsPersonalInformation(PersonalInformationKind.Name);
        builder.Property(t => t.DocumentType).HasConversion<string>().HasMaxLength(64);

        // Ciphertexts and keyed hashes are not for the audit trail; the masked forms are.
        builder.ComplexProperty(t => t.IdentityNumber, number =>
        {
            number.Property(n => n.Ciphertext).HasColumnName("IdentityNumberCiphertext").HasMaxLength(ProtectedValue.CiphertextMaxLength).IsRequired()
                .HasAnnotation(AuditAnnotations.Secret, true);
            number.Property(n => n.Masked).HasColumnName("IdentityNumberMasked").HasMaxLength(ProtectedValue.MaskedMaxLength).IsRequired();
        });
        builder.Property(t => t.IdentityNumberHash).HasMaxLength(Talent.IdentityNumberHashLength).IsFixedLength().IsRequired().IsSecret();
        builder.HasIndex(t => t.IdentityNumberHash).IsUnique();

        builder.ComplexProperty(t => t.Phone, phone =>
        {
            phone.Property(p => p.Ciphertext).HasColumnName("PhoneCiphertext").HasMaxLength(ProtectedValue.CiphertextMaxLength).IsRequired()
                .HasAnnotation(AuditAnnotations.Secret, true);
            phone.Property(p => p.Masked).HasColumnName("PhoneMasked").HasMaxLength(ProtectedValue.MaskedMaxLength).IsRequired();
        });

        builder.Property(t => t.ResidenceDistrictCode).HasMaxLength(District.CodeMaxLength).IsRequired();
        builder.HasOne<District>().WithMany().HasForeignKey(t => t.ResidenceDistrictCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Origin).HasConversion<string>().HasMaxLength(32);

        builder.Property(t => t.EmployerId).HasConversion(id => id!.Value.Value, value => new OrganizationId(value));
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.SchoolId).HasConversion(id => id!.Value.Value, value => new OrganizationId(value));
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Major).HasMaxLength(Talent.MajorMaxLength);

        builder.Property(t => t.JobSeekingStatus).HasConversion<string>().HasMaxLength(32);
        builder.PrimitiveCollection(t => t.WishedOccupationCodes).HasField("_wishedOccupationCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(t => t.WishedDistrictCodes).HasField("_wishedDistrictCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(t => t.WishedMonthlyWageMin).HasPrecision(9, 2);
        builder.Property(t => t.WishedMonthlyWageMax).HasPrecision(9, 2);

        builder.Property(t => t.AccountSubject).HasMaxLength(Talent.AccountSubjectMaxLength);
        // Only people who signed in have one: a partial index holds them and nobody else (the
        // filter in double quotes, which all three providers read as an identifier).
        builder.HasIndex(t => t.AccountSubject).IsUnique().HasFilter("\"AccountSubject\" IS NOT NULL");

        builder.ComplexProperty(t => t.Provenance, ProvenanceColumns.Map);

        builder.Property(t => t.Version).IsConcurrencyToken();

        // Keyset paging is by (name, id); the filters narrow by district, employer or school first.
        // Origin and job-seeking status follow the paging columns so that those filters are checked
        // in the index itself: without them a page of local talents reads, row by row, everyone from
        // elsewhere whose name sorts first (all foreign names do) before it finds twenty.
        builder.HasIndex(t => new { t.Name, t.Id, t.Origin, t.JobSeekingStatus })
            .HasDatabaseName("IX_Talents_ListByName");
        builder.HasIndex(t => new { t.ResidenceDistrictCode, t.Name, t.Id, t.Origin, t.JobSeekingStatus })
            .HasDatabaseName("IX_Talents_ListByDistrict");
        // A district's talents of one origin have an index of their own: in name order the foreign
        // names (all from outside the city) come first, thousands of them in a district, and a page
        // of local talents would step over every one of them in the index above.
        builder.HasIndex(t => new { t.ResidenceDistrictCode, t.Origin, t.Name, t.Id, t.JobSeekingStatus })
            .HasDatabaseName("IX_Talents_ListByDistrictAndOrigin");
        // Half the city has no employer on record and most have no school: those indexes hold only
        // the rows they can find (an equality on the column implies it is not null, so every
        // provider uses them), and a bulk import of people without either writes nothing to them.
        builder.HasIndex(t => new { t.EmployerId, t.Name, t.Id }).HasFilter("\"EmployerId\" IS NOT NULL");
        builder.HasIndex(t => new { t.SchoolId, t.Name, t.Id }).HasFilter("\"SchoolId\" IS NOT NULL");
    }
}
