package org.despatch.persist;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** A row of the archive tables, identified from one sequence so ids never collide across tables. */
@MappedSuperclass
public abstract class ArchiveRow {

    @Id
    @SequenceGenerator(name = "dspIds", sequenceName = "DSP_ID_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dspIds")
    @Column(name = "ID")
    private Long id;

    public Long getId() {
        return id;
    }
}
