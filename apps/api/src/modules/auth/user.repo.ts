import type { PrismaClient, User } from '@gatehouse/db';

export class UserRepo {
  constructor(private readonly db: PrismaClient) {}

  findByEmail(email: string): Promise<User | null> {
    return this.db.user.findUnique({ where: { email: email.toLowerCase() } });
  }

  create(data: { email: string; name: string; role: 'ADMIN' | 'DEVELOPER'; passwordHash: string }): Promise<User> {
    return this.db.user.create({ data: { ...data, email: data.email.toLowerCase() } });
  }

  findById(id: string): Promise<User | null> {
    return this.db.user.findUnique({ where: { id } });
  }

  setPasswordHash(id: string, passwordHash: string): Promise<User> {
    return this.db.user.update({ where: { id }, data: { passwordHash } });
  }

  count(): Promise<number> {
    return this.db.user.count();
  }
}

